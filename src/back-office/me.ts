import { graphql } from './graphql';

/** The signed-in owner: asked once by the app's frame, read from the cache by any screen. */
export const MeQuery = graphql(`
  query BackOfficeMe {
    me { id email firstName lastName company number }
  }
`);
