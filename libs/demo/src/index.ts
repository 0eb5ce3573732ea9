export { DEMO_BANKS, DEMO_UNITS } from './data';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-seed.service';
export { DemoModule } from './demo.module';
