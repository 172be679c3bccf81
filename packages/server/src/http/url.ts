/** Whether `value` is an absolute http: or https: URL (the only kinds a seller or key set is sent to). */
export function isHttpUrl(value: string): boolean {
  return URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
}
