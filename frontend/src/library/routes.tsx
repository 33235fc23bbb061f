import type { RouteObject } from 'react-router';
import { LibraryPage } from './LibraryPage';

export const libraryRoutes: RouteObject[] = [{ path: 'library', element: <LibraryPage /> }];
