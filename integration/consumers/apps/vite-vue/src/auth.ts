/** The platform's identity provider, here a stand-in: returns the seller's access token. */
export async function getAccessToken(): Promise<string> {
  return 'token-from-your-identity-provider';
}
