import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../config/config';
import { closeCookieSession, cookieSessionAsked, openCookieSession } from './session-cookie';

/** What a log-in answers with its token, for resolvers: in cookies when the browser asked, else in the body. */
@Injectable()
export class CookieSessions {
  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {}

  /** The token the answer's body carries: empty once it went into an `HttpOnly` cookie. */
  deliver(request: Request, response: Response, token: string): string {
    if (!cookieSessionAsked(request)) return token;
    openCookieSession(request, response, token, this.config.jwtExpiresInSeconds);
    return '';
  }

  close(request: Request, response: Response): void {
    closeCookieSession(request, response);
  }
}
