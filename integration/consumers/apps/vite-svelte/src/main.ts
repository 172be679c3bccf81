import { mount } from 'svelte';
import PayoutsCard from './PayoutsCard.svelte';

mount(PayoutsCard, { target: document.getElementById('app')!, props: { accountId: 'acct_1ConsumerSeller01' } });
