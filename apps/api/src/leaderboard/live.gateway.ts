import { Inject, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { AuthUser } from '@app/accounts';
import { APP_CONFIG, type AppConfig } from '@app/core';
import {
  boardRoom,
  LEADERBOARD_OUTBOX,
  LEADERBOARD_RELAY,
  type LeaderboardDto,
  type LeaderboardOutboxMessage,
  LeaderboardSignalsService,
  LiveBoardsService,
  parseBoardRoom,
  SubscribeBoardDto,
} from '@app/leaderboard';
import type { Namespace, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import { type AckError, ackError, parseMessage } from './ws-messages';
import { attachRedisAdapter, clusterChannelPrefix, type RedisAdapterHandle } from './redis-adapter';
import { SocketAuthenticator } from './socket-authenticator';

const SIGNAL_EVENT = 'leaderboard:signal';
const MAX_BOARDS_PER_SOCKET = 20;

type SubscribeAck = { ok: true; snapshot: LeaderboardDto } | { ok: false; error: AckError };
type UnsubscribeAck = { ok: true } | { ok: false; error: AckError };

interface SocketData {
  user?: AuthUser;
}

/**
 * socket.io namespace `/live` (path `/socket.io`). Handshake `auth: { token }` (optional: without
 * it the client is anonymous and may watch public boards only; a bad token is refused). Clients
 * emit `leaderboard:subscribe { roundId, unitId? }` → ack `{ ok: true, snapshot }` or
 * `{ ok: false, error: { code, message } }`, and `leaderboard:unsubscribe`. They receive
 * `leaderboard:update` (a board) and `round:stats`. A client re-emits its subscriptions after
 * reconnecting (its rooms are gone) and gets a fresh snapshot in the ack.
 */
@WebSocketGateway({ namespace: '/live', path: '/socket.io', cors: { origin: true } })
export class LiveGateway implements OnGatewayInit<Namespace>, OnApplicationShutdown {
  private readonly logger = new Logger('LiveGateway');
  private nsp?: Namespace;
  private redis?: RedisAdapterHandle;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly authenticator: SocketAuthenticator,
    private readonly live: LiveBoardsService,
    private readonly signals: LeaderboardSignalsService,
  ) {}

  afterInit(nsp: Namespace): void {
    this.nsp = nsp;
    const redisUrl = this.config.redis.url;
    if (redisUrl) {
      const { url } = this.dataSource.options as { url?: string };
      this.redis = attachRedisAdapter(nsp.server, redisUrl, clusterChannelPrefix(url ?? ''), () =>
        this.signals.resync(),
      );
    }
    // After the adapter is in place (changing it replaces the namespace's adapter).
    nsp.adapter.on('delete-room', (room: string) => this.live.unwatch(room));
    nsp.on(SIGNAL_EVENT, (signal: unknown) => this.signals.applyRemote(signal));
    nsp.use((socket, next) => {
      const user = this.authenticator.authenticate(
        (socket.handshake.auth as { token?: unknown }).token,
      );
      if (user === null) {
        const error = new Error('Phiên đăng nhập không hợp lệ hoặc đã hết hạn') as Error & {
          data: unknown;
        };
        error.data = { code: 'UNAUTHORIZED', message: error.message };
        return next(error);
      }
      (socket.data as SocketData).user = user;
      next();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
  }

  @SubscribeMessage('leaderboard:subscribe')
  async subscribe(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: unknown,
  ): Promise<SubscribeAck> {
    try {
      const dto = await parseMessage(SubscribeBoardDto, body);
      const boards = [...socket.rooms].filter((r) => parseBoardRoom(r)).length;
      if (boards >= MAX_BOARDS_PER_SOCKET) {
        return {
          ok: false,
          error: {
            code: 'VALIDATION_FAILED',
            message: `Mỗi kết nối chỉ theo dõi tối đa ${MAX_BOARDS_PER_SOCKET} bảng xếp hạng`,
          },
        };
      }
      const subscription = await this.live.subscribe((socket.data as SocketData).user, dto);
      await socket.join(subscription.room);
      return { ok: true, snapshot: this.live.joined(subscription) };
    } catch (error) {
      return { ok: false, error: ackError(error, this.logger) };
    }
  }

  @SubscribeMessage('leaderboard:unsubscribe')
  async unsubscribe(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: unknown,
  ): Promise<UnsubscribeAck> {
    try {
      const dto = await parseMessage(SubscribeBoardDto, body);
      const roundId = dto.roundId.toLowerCase();
      const unitId = dto.unitId?.toLowerCase() ?? null;
      await socket.leave(boardRoom({ roundId, unitId, view: 'public' }));
      await socket.leave(boardRoom({ roundId, unitId, view: 'live' }));
      return { ok: true };
    } catch (error) {
      return { ok: false, error: ackError(error, this.logger) };
    }
  }

  /** What the live-board service decided to send: to this instance's sockets only. */
  @OnEvent(LEADERBOARD_OUTBOX)
  deliver(message: LeaderboardOutboxMessage): void {
    this.nsp?.local.to(message.rooms).emit(message.event, message.payload);
  }

  /** A change handled here: the other instances must hear of it (through the Redis adapter). */
  @OnEvent(LEADERBOARD_RELAY)
  relay(signal: unknown): void {
    if (this.redis) this.nsp?.serverSideEmit(SIGNAL_EVENT, signal);
  }
}
