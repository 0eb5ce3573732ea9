import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { LeaderboardModule } from '@app/leaderboard';
import { LeaderboardController } from './leaderboard.controller';
import { LiveGateway } from './live.gateway';
import { SocketAuthenticator } from './socket-authenticator';

@Module({
  imports: [LeaderboardModule, AccountsModule],
  controllers: [LeaderboardController],
  providers: [LiveGateway, SocketAuthenticator],
})
export class LeaderboardApiModule {}
