// A Server Component (no 'use client'): the wrapper carries its own client boundary.
import { OpenExpressDashboard } from '@open-express-dashboard/react';

export default function PayoutsPage() {
  return (
    <main>
      <h1>Payouts</h1>
      <OpenExpressDashboard endpoint="/api/trpc">Open Express Dashboard</OpenExpressDashboard>
    </main>
  );
}
