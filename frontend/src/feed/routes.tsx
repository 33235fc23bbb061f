import type { RouteObject } from 'react-router';
import { FeedPage } from './FeedPage';

/** New chapters of what the caller reads, and what releases today. */
export const feedRoutes: RouteObject[] = [{ path: 'feed', element: <FeedPage /> }];
