import { Module, type OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ProjectionRegistry } from '../event-store/projection/projection-registry';
import { untyped } from '../event-store/projection/projection';
import { ChangeEmailHandler } from './application/change-email.handler';
import { ChangePasswordHandler } from './application/change-password.handler';
import { GetOwnerHandler } from './application/get-owner.query';
import { LogInHandler } from './application/log-in.handler';
import { LOGIN_THROTTLE, PASSWORD_HASHER } from './application/ports';
import { SignUpHandler } from './application/sign-up.handler';
import { UpdateOwnerDetailsHandler } from './application/update-owner-details.handler';
import { Argon2PasswordHasher } from './infrastructure/argon2-password-hasher';
import { catalogueMigrations } from './infrastructure/catalogue.migrations';
import { OwnerRowSchema } from './infrastructure/owner.row';
import { ownersProjection } from './infrastructure/owner.projection';
import { PostgresLoginThrottle } from './infrastructure/postgres-login-throttle';
import { OwnerResolver } from './graphql/owner.resolver';

export { catalogueMigrations };

/** Listed for printing the schema without starting the app. */
export const catalogueResolvers = [OwnerResolver];

@Module({
  imports: [CqrsModule, MikroOrmModule.forFeature([OwnerRowSchema])],
  providers: [
    SignUpHandler,
    LogInHandler,
    UpdateOwnerDetailsHandler,
    ChangePasswordHandler,
    ChangeEmailHandler,
    GetOwnerHandler,
    ...catalogueResolvers,
    { provide: PASSWORD_HASHER, useClass: Argon2PasswordHasher },
    { provide: LOGIN_THROTTLE, inject: [EntityManager], useFactory: (em: EntityManager) => new PostgresLoginThrottle(em) },
  ],
})
export class CatalogueModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    this.projections.register(untyped(ownersProjection));
  }
}
