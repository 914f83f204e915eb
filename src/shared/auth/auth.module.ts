import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { Authenticator } from './authenticator';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [TokenService, Authenticator, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, Authenticator],
})
export class AuthModule {}
