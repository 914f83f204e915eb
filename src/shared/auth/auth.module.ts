import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { Authenticator } from './authenticator';
import { CookieSessions } from './cookie-sessions';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [TokenService, Authenticator, CookieSessions, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, Authenticator, CookieSessions],
})
export class AuthModule {}
