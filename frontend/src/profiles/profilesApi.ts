import { api, data, type Schemas } from '../api/client';

export type Profile = Schemas['ProfileResponse'];
export type PublicEntry = Schemas['PublicEntry'];

export const PROFILE_PAGE_SIZE = 20;

export const profileKeys = {
  /** The days of the statistics are those of the zone the client sends (`Time-Zone`): the chosen one, else the device's. */
  profile: (username: string, timeZone: string | undefined) => ['profiles', username.toLowerCase(), timeZone] as const,
  entries: (username: string, page: number) => ['profiles', username.toLowerCase(), 'entries', page] as const,
};

export async function fetchProfile(username: string): Promise<Profile> {
  return data(await api.GET('/api/profiles/{username}', { params: { path: { username } } }));
}

export async function fetchProfileEntries(username: string, page: number) {
  return data(
    await api.GET('/api/profiles/{username}/entries', {
      params: { path: { username }, query: { page, page_size: PROFILE_PAGE_SIZE } },
    }),
  );
}
