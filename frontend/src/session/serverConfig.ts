import { useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '../api/client';

export type ServerConfig = Schemas['ServerConfig'];

/** What the sign-in screens offer depends on the server: whether anyone may register, and reset by mail. */
export function useServerConfig() {
  return useQuery({
    queryKey: ['config'],
    queryFn: async () => data(await api.GET('/api/config')),
    // set when the server starts: one read per visit is enough
    staleTime: Infinity,
  });
}
