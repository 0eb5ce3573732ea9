import { Injectable, type OnModuleDestroy } from '@nestjs/common';

/**
 * Whether this instance is shutting down: set when Nest starts closing the application
 * (SIGTERM in main.ts → app.close()), before the HTTP server stops, so `GET /api/health/ready`
 * answers 503 and a proxy or orchestrator sends no new work while in-flight requests finish.
 */
@Injectable()
export class DrainState implements OnModuleDestroy {
  private draining = false;

  get isDraining(): boolean {
    return this.draining;
  }

  start(): void {
    this.draining = true;
  }

  onModuleDestroy(): void {
    this.start();
  }
}
