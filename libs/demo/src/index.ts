export * from './data';
export * from './demo-schedule';
export * from './demo-seed.service';
export * from './demo.module';
