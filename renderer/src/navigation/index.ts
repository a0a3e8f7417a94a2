export {
  DEFAULT_ROUTE,
  isUnder,
  linkTo,
  matchRoute,
  navigate,
  navigateToPath,
  parseRoute,
  pathTo,
  ROUTES,
  useRoute,
  useSubRoute,
  type RouteName,
} from './router';
