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
import { ACCESS_REVOKED, type AuthUser } from '@app/accounts';
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
  /** The handshake's access token, checked again on every subscription. */
  token?: string;
  /** Subscriptions accepted but not yet joined: they hold a slot of the per-socket limit. */
  pendingBoards?: number;
}

const unauthorized = () => ({
  code: 'UNAUTHORIZED',
  message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn',
});

/**
 * socket.io namespace `/live` (path `/socket.io`). Handshake `auth: { token }` (optional: without
 * it the client is anonymous and may watch public boards only; a bad token is refused). Clients
 * emit `leaderboard:subscribe { roundId, unitId? }` → ack `{ ok: true, snapshot }` or
 * `{ ok: false, error: { code, message } }`, and `leaderboard:unsubscribe`. They receive
 * `leaderboard:update` (a board) and `round:stats`. A client re-emits its subscriptions after
 * reconnecting (its rooms are gone) and gets a fresh snapshot in the ack.
 *
 * Origins: the same allowed origins as HTTP (`CORS_ORIGINS`, or `PUBLIC_URL` in production); a
 * browser handshake from any other origin is refused. A signed-in socket's token is checked
 * again on every subscription, and the socket is disconnected (after `session:ended`) as soon as
 * its user's access is taken away (docs/security.md).
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
    const origins = this.config.http.corsOrigins;
    if (origins !== true) {
      // Clients without an Origin header are not browsers: CORS does not concern them.
      nsp.server.engine.opts.allowRequest = (req, callback) => {
        const origin = req.headers.origin;
        callback(null, !origin || origins.includes(origin));
      };
    }
    nsp.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown }).token;
      const user = this.authenticator.authenticate(token);
      if (user === null) {
        const error = new Error(unauthorized().message) as Error & { data: unknown };
        error.data = unauthorized();
        return next(error);
      }
      const data = socket.data as SocketData;
      data.user = user;
      if (user) data.token = token as string;
      next();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
  }

  /** Sockets connected to this instance (the `hoithi_socketio_connections` gauge). */
  connectedSockets(): number {
    return this.nsp?.sockets.size ?? 0;
  }

  @SubscribeMessage('leaderboard:subscribe')
  async subscribe(
    @ConnectedSocket() socket: Socket,
    @MessageBody() body: unknown,
  ): Promise<SubscribeAck> {
    const data = socket.data as SocketData;
    if (!this.stillSignedIn(socket)) return { ok: false, error: unauthorized() };
    // The slot is taken before the first await: concurrent subscribes cannot overshoot.
    const pending = data.pendingBoards ?? 0;
    const boards = [...socket.rooms].filter((r) => parseBoardRoom(r)).length + pending;
    if (boards >= MAX_BOARDS_PER_SOCKET) {
      return {
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          message: `Mỗi kết nối chỉ theo dõi tối đa ${MAX_BOARDS_PER_SOCKET} bảng xếp hạng`,
        },
      };
    }
    data.pendingBoards = pending + 1;
    try {
      const dto = await parseMessage(SubscribeBoardDto, body);
      const subscription = await this.live.subscribe(data.user, dto);
      await socket.join(subscription.room);
      return { ok: true, snapshot: this.live.joined(subscription) };
    } catch (error) {
      return { ok: false, error: ackError(error, this.logger) };
    } finally {
      data.pendingBoards = (data.pendingBoards ?? 1) - 1;
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

  /** Someone's access was taken away: their sockets on this instance are disconnected. */
  @OnEvent(ACCESS_REVOKED)
  dropRevoked(userIds: string[]): void {
    if (!this.nsp) return;
    const ids = new Set(userIds);
    for (const socket of this.nsp.sockets.values()) {
      const user = (socket.data as SocketData).user;
      if (user && ids.has(user.id)) this.stillSignedIn(socket);
    }
  }

  /** Anonymous, or signed in with a token that is still good (expiry, version, account). */
  private stillSignedIn(socket: Socket): boolean {
    const data = socket.data as SocketData;
    if (!data.user) return true;
    if (data.token !== undefined && this.authenticator.authenticate(data.token)) return true;
    socket.emit('session:ended', unauthorized());
    socket.disconnect(true);
    return false;
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
