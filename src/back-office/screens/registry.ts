import { lazy, type ComponentType } from 'react';

/**
 * Each screen is its own chunk, loaded when the owner first opens it: the first visit downloads
 * the frame and one screen, not the whole back office.
 */
const DashboardScreen = lazy(() => import('./dashboard').then((m) => ({ default: m.DashboardScreen })));
const PlanningScreen = lazy(() => import('./planning').then((m) => ({ default: m.PlanningScreen })));
const DossiersScreen = lazy(() => import('./dossiers').then((m) => ({ default: m.DossiersScreen })));
const AccommodationsScreen = lazy(() => import('./accommodations').then((m) => ({ default: m.AccommodationsScreen })));
const RatesScreen = lazy(() => import('./rates').then((m) => ({ default: m.RatesScreen })));
const SettingsScreen = lazy(() => import('./settings').then((m) => ({ default: m.SettingsScreen })));
const SalesChannelsScreen = lazy(() => import('./sales-channels').then((m) => ({ default: m.SalesChannelsScreen })));

/** The owner's screens, in the menu's order (the manual's); `nest` when the screen routes within itself. */
export interface ScreenEntry {
  readonly path: string;
  readonly menu: 'dashboard' | 'planning' | 'dossiers' | 'accommodations' | 'rates' | 'settings' | 'channels';
  readonly component: ComponentType;
  readonly nest?: boolean;
}

export const screens: readonly ScreenEntry[] = [
  { path: '/', menu: 'dashboard', component: DashboardScreen },
  { path: '/planning', menu: 'planning', component: PlanningScreen },
  { path: '/dossiers', menu: 'dossiers', component: DossiersScreen, nest: true },
  { path: '/accommodations', menu: 'accommodations', component: AccommodationsScreen, nest: true },
  { path: '/rates', menu: 'rates', component: RatesScreen, nest: true },
  { path: '/settings', menu: 'settings', component: SettingsScreen, nest: true },
  { path: '/channels', menu: 'channels', component: SalesChannelsScreen, nest: true },
];
