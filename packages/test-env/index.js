export * from './chromium.js';
export * from './listen.js';
export * from './redis.js';
