export * from './accounts.module';
export * from './auth/auth-user';
export * from './auth/current-user.decorator';
export * from './auth/roles.decorator';
export * from './auth/token.service';
export * from './users/role';
export * from './users/user.entity';
