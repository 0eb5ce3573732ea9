import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, isUuid } from '@app/core';
import { CertificatesRepository, normalizeCertificateCode } from '@app/judging';
import { LeaderboardService } from '@app/leaderboard';
import { certificatePreviewText } from './rules/certificate-preview';
import { clip, firstName, type PageMeta, type PublicPage } from './rules/page-meta';
import { contestDates, formatScore, resultHighlight, roundDates } from './rules/page-text';
import { cardVersion, type ShareCard } from './rules/share-card';
import { type PublicContestRow, SharingRepository } from './sharing.repository';

export type CardKind = 'contest' | 'round' | 'board' | 'results' | 'result' | 'certificate';
export const CARD_KINDS: readonly CardKind[] = [
  'contest',
  'round',
  'board',
  'results',
  'result',
  'certificate',
];

interface Preview {
  title: string;
  description: string;
  path: string;
  card: ShareCard;
  cardKind: CardKind;
  cardKey: string;
  type: PageMeta['type'];
  oembed?: boolean;
}

const DEFAULT_UNION = 'Công đoàn Việt Nam';

/**
 * What link previews of the public pages say (docs/sharing.md): the page's title and
 * description, and the share card behind its image. Drafts and unknown pages have none.
 */
@Injectable()
export class PublicPagesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: SharingRepository,
    private readonly leaderboard: LeaderboardService,
    private readonly certificates: CertificatesRepository,
  ) {}

  get publicUrl(): string {
    return this.config.http.publicUrl;
  }

  shortUrl(code: string): string {
    return `${this.publicUrl}/c/${code}`;
  }

  /** The meta tags of a public page, or null when it has no preview (the generic page). */
  async meta(page: PublicPage): Promise<PageMeta | null> {
    const preview = await this.preview(page);
    if (!preview) return null;
    return {
      title: preview.title,
      description: preview.description,
      url: `${this.publicUrl}${preview.path}`,
      image: this.imageUrl(preview.cardKind, preview.cardKey, preview.card),
      imageAlt: [preview.card.title, preview.card.highlight, preview.card.lines[0]]
        .filter(Boolean)
        .join(' — '),
      type: preview.type,
      oembedUrl: preview.oembed
        ? `${this.publicUrl}/api/oembed?url=${encodeURIComponent(`${this.publicUrl}${preview.path}`)}`
        : undefined,
    };
  }

  /** The card of an image URL (`/api/share-images/:kind/:key.png`), or null. */
  async card(kind: CardKind, key: string): Promise<ShareCard | null> {
    let preview: Preview | null;
    if (kind === 'result') preview = await this.preview({ kind: 'shared', code: key });
    else if (kind === 'certificate') preview = await this.preview({ kind, code: key });
    else if (!isUuid(key)) return null;
    else if (kind === 'contest') preview = await this.preview({ kind: 'contest', slug: '' }, key);
    else if (kind === 'round') preview = await this.preview({ kind, slug: '', roundId: key });
    else preview = await this.preview({ kind, roundId: key });
    return preview?.card ?? null;
  }

  imageUrl(kind: CardKind, key: string, card: ShareCard): string {
    return `${this.publicUrl}/api/share-images/${kind}/${encodeURIComponent(key)}.png?v=${cardVersion(card)}`;
  }

  /** The contest behind a contest URL of this site (oEmbed), or null. */
  async contestOfUrl(url: string): Promise<PublicContestRow | null> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (parsed.origin !== new URL(this.publicUrl).origin) return null;
    const m = parsed.pathname.match(/^\/(?:nhung\/)?cuoc-thi\/([A-Za-z0-9-]{1,200})/);
    const short = parsed.pathname.match(/^\/c\/([A-Za-z0-9]{6,8})\/?$/);
    if (m) return this.repo.publishedContest('slug', m[1]);
    if (short) return this.repo.publishedContest('shortCode', short[1].toLowerCase());
    return null;
  }

  private async baseCard(contest: PublicContestRow): Promise<ShareCard> {
    const union = (await this.repo.unionName(contest.eligibleUnitIds)) ?? DEFAULT_UNION;
    const dates = contestDates(contest.rounds);
    const count = contest.rounds.length;
    return {
      union,
      title: contest.title,
      subtitle: contest.theme,
      lines: [dates + (count > 1 ? ` · ${count} tuần thi` : '')].filter(Boolean),
      footer: this.shortUrl(contest.shortCode).replace(/^https?:\/\//, ''),
    };
  }

  private async preview(page: PublicPage, contestId?: string): Promise<Preview | null> {
    switch (page.kind) {
      case 'contest': {
        const contest = contestId
          ? await this.repo.publishedContest('id', contestId)
          : await this.repo.publishedContest('slug', page.slug);
        if (!contest) return null;
        const card = await this.baseCard(contest);
        const dates = contestDates(contest.rounds);
        return {
          title: `${contest.title} — Cuộc thi trực tuyến`,
          description: clip(
            [contest.description || contest.theme, dates].filter(Boolean).join('. '),
            200,
          ),
          path: `/cuoc-thi/${contest.slug}`,
          card,
          cardKind: 'contest',
          cardKey: contest.id,
          type: 'website',
          oembed: true,
        };
      }
      case 'round':
      case 'board':
      case 'results': {
        const contest = await this.repo.publishedContest('roundId', page.roundId);
        const round = contest?.rounds.find((r) => r.id === page.roundId);
        if (!contest || !round) return null;
        if (page.kind === 'round' && page.slug && page.slug !== contest.slug) return null;
        const base = await this.baseCard(contest);
        const dates = roundDates(round);
        if (page.kind === 'round') {
          return {
            title: `${round.title} — ${contest.title}`,
            description: clip(`${dates}. ${contest.description || contest.theme}`, 200),
            path: `/cuoc-thi/${contest.slug}/vong/${round.id}`,
            card: { ...base, subtitle: round.title, lines: [dates] },
            cardKind: 'round',
            cardKey: round.id,
            type: 'website',
          };
        }
        if (page.kind === 'board') {
          return {
            title: `Bảng xếp hạng ${round.title} — ${contest.title}`,
            description: clip(
              `Bảng xếp hạng trực tiếp ${round.title} cuộc thi "${contest.title}". ${dates}.`,
              200,
            ),
            path: `/bang-xep-hang/${round.id}`,
            card: { ...base, subtitle: `Bảng xếp hạng trực tiếp — ${round.title}`, lines: [dates] },
            cardKind: 'board',
            cardKey: round.id,
            type: 'website',
          };
        }
        const results = await this.repo.finalizedResults(round.id);
        const summary = results
          ? `${results.participants.toLocaleString('de-DE')} người dự thi, ${results.winners.toLocaleString('de-DE')} người đoạt giải`
          : 'Kết quả được công bố sau khi ban giám khảo chấm xong';
        return {
          title: `Kết quả ${round.title} — ${contest.title}`,
          description: clip(`Kết quả ${round.title} cuộc thi "${contest.title}": ${summary}.`, 200),
          path: `/ket-qua/${round.id}`,
          card: { ...base, subtitle: `Kết quả — ${round.title}`, lines: [summary] },
          cardKind: 'results',
          cardKey: round.id,
          type: 'article',
        };
      }
      case 'shared': {
        const shared = await this.repo.sharedResult(page.code);
        if (!shared) return null;
        const contest = await this.repo.publishedContest('id', shared.contestId);
        const round = contest?.rounds.find((r) => r.id === shared.roundId);
        if (!contest || !round) return null;
        const rank = await this.rankOf(shared.roundId, shared.userId);
        const name = firstName(shared.fullName);
        const highlight = resultHighlight(shared.score, shared.maxScore, rank);
        const base = await this.baseCard(contest);
        return {
          title: `${name}: ${highlight.replace(/^Tôi /, '')} — ${contest.title}`,
          description: clip(
            `${name} đạt ${formatScore(shared.score)}/${formatScore(shared.maxScore)} điểm ở ${round.title} cuộc thi "${contest.title}". Bạn cũng thử sức nhé!`,
            200,
          ),
          path: `/thanh-tich/${shared.code}`,
          card: { ...base, subtitle: `${name} · ${round.title}`, highlight },
          cardKind: 'result',
          cardKey: shared.code,
          type: 'article',
        };
      }
      case 'certificate': {
        const code = normalizeCertificateCode(page.code);
        const certificate = code ? await this.certificates.byCode(code) : null;
        const contest = certificate && (await this.repo.contestById(certificate.contestId));
        if (!certificate || !contest) return null;
        const text = certificatePreviewText(certificate);
        const base = await this.baseCard(contest);
        return {
          title: text.title,
          description: clip(text.description, 200),
          path: `/chung-nhan/${certificate.code}`,
          card: {
            ...base,
            subtitle: `Giấy chứng nhận — ${certificate.roundTitle}`,
            highlight: text.highlight,
            lines: [`Mã số ${certificate.code}`],
          },
          cardKind: 'certificate',
          cardKey: certificate.code,
          type: 'article',
        };
      }
    }
  }

  /** The person's place on the round's public board (null when not on it). */
  async rankOf(roundId: string, userId: string): Promise<number | null> {
    try {
      const mine = await this.leaderboard.myRank(roundId, { id: userId, roles: ['participant'] });
      return mine.rank;
    } catch {
      return null;
    }
  }
}
