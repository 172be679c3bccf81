import { createApp } from 'vue';
import PayoutsCard from './PayoutsCard.vue';

createApp(PayoutsCard, { accountId: 'acct_1ConsumerSeller01' }).mount('#app');
