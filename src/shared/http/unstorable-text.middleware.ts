import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { findUnstorableText } from './storable-text';

/**
 * Plain HTTP routes (downloads, and whatever takes a body later) refuse text the database cannot
 * store with the 400 a domain error gets (`domain-error.filter.ts`), before any handler runs. The
 * GraphQL endpoint is left to its own check, which answers as GraphQL does.
 */
export function refuseUnstorableText(options: { except: string }): RequestHandler {
  const except = options.except.toLowerCase();
  // Matched as Express mounts a path: any case, and what lies below it.
  const excepted = (path: string) => path === except || path.startsWith(`${except}/`);
  return (request: Request, response: Response, next: NextFunction) => {
    if (excepted(request.path.toLowerCase())) return next();
    const found = findUnstorableText(request.query, '') ?? findUnstorableText(request.body, '');
    if (!found) return next();
    const field = found.field || 'request';
    response.status(400).json({ error: { code: 'BAD_USER_INPUT', message: `${field}: ${found.problem}`, field } });
  };
}
