import type { RequestHandler } from 'express';
import { type RuruClientConfig, ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';

/** Where Ruru's assets are served from: the gateway itself, out of node_modules, so the page works offline. */
export const RURU_STATIC_PATH = '/ruru-static/';

export interface LandingPage {
  page: RequestHandler;
  /** Serves the bundled assets under RURU_STATIC_PATH and passes every other request on. */
  assets: RequestHandler;
}

/**
 * The in-browser IDE (Ruru, a GraphiQL distribution) served entirely by the gateway: no CDN, unlike Apollo's
 * default landing page. `page` answers browser GETs; `assets` serves the bundled scripts and styles.
 * Development only: the server loads this module lazily, so production never loads ruru (a devDependency).
 */
export function landingPage(endpoint: string, defaultQuery: string): LandingPage {
  const html = ruruHTML({
    staticPath: RURU_STATIC_PATH,
    endpoint,
    clientConfig: { defaultQuery } as RuruClientConfig,
  });
  const serve = serveStatic(RURU_STATIC_PATH);
  return {
    page: (_req, res) => {
      res.type('html').send(html);
    },
    // Not mounted at the path: Ruru's handler expects to see the full URL, prefix included.
    assets: (req, res, next) => {
      if (req.path.startsWith(RURU_STATIC_PATH)) serve(req, res, next);
      else next();
    },
  };
}
