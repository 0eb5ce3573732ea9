export * from './attempt-grade.entity';
export * from './grading.service';
