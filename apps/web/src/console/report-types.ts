/** The participation report as GET /api/contests/:id/participation answers it (docs/reports.md). */
export interface ReportRow {
  rank: number | null;
  kind: 'unit' | 'direct' | 'no_unit';
  unitId: string | null;
  unitName: string;
  parentId: string | null;
  memberCount: number;
  participants: number;
  attempts: number;
  participationRate: number | null;
  completionRate: number | null;
  averageScore: number | null;
  prizes: number;
  prizePoints: number;
  collectiveScore: number;
  hasChildren: boolean;
}

export interface ParticipationReport {
  contestId: string;
  contestTitle: string;
  roundId: string | null;
  roundTitle: string | null;
  unit: { id: string; name: string } | null;
  path: Array<{ id: string; name: string }>;
  organizationName: string;
  generatedAt: string;
  collectiveRule: string;
  collectiveWeights: { participation: number; prizes: number; averageScore: number };
  totals: ReportRow;
  items: ReportRow[];
  weekly: Array<{ weekStart: string; participants: number; attempts: number }>;
}

export interface ReportLinks {
  xlsx: string;
  pdf: string;
  expiresAt: string;
}

export interface CertificateTemplate {
  contestId: string;
  title: string;
  text: string;
  primaryColor: string;
  accentColor: string;
  signerName: string;
  signerTitle: string;
  participationEnabled: boolean;
  hasLogo: boolean;
  hasSignature: boolean;
}
