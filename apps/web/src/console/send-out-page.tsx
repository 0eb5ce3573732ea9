import { useState } from 'react';
import { ErrorBox, Loading, Notice } from '../components/ui';
import { api } from '../lib/api';
import { formatNumber } from '../lib/format';
import { Link } from '../lib/router';
import type { Contest } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { withSource } from '../sharing/links';
import { OpenInBrowserHint } from '../sharing/open-in-browser';
import { useCT } from './messages';
import { type SendOutKey, useSendOutT } from './send-out-messages';
import type { ShareKit, SourceCounts } from '../api/types';
import { endpoints } from '../api/endpoints';

const CHANNELS = ['zalo', 'facebook', 'website'] as const;

/**
 * A download of the kit on the site the console runs on: its path (still a plain HTTPS link),
 * so it works whatever name the organizer reached the server by.
 */
function here(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useSendOutT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        className="btn btn--small"
        onClick={() => void copy()}
        aria-label={label}
      >
        {state === 'copied' ? t('sendOut.copied') : t('sendOut.copy')}
      </button>
      {state === 'failed' && (
        <span role="status" className="warn-text">
          {' '}
          {t('sendOut.copyFailed')}
        </span>
      )}
    </>
  );
}

/**
 * What the publish step ends on (docs/sharing.md): a short link per channel, the QR code, the A4
 * poster, the announcement to paste into Zalo/Facebook and the embed code. Every download is a
 * plain HTTPS link (no blob URL), so it also works where in-app browsers allow nothing else.
 */
export function SendOutPanel({ contestId, published }: { contestId: string; published: boolean }) {
  const t = useSendOutT();
  const kit = useResource(() => api<ShareKit>(endpoints.shareKit(contestId)), [contestId]);
  if (kit.loading) return <Loading />;
  if (!kit.data) return <ErrorBox onRetry={kit.reload}>{errorText(kit.error)}</ErrorBox>;
  const k = kit.data;
  return (
    <section className="panel send-out" aria-labelledby="send-out-title" data-testid="send-out">
      <h2 id="send-out-title">{t('sendOut.title')}</h2>
      {!published && <Notice kind="warn">{t('sendOut.draft')}</Notice>}
      <p className="muted">{t('sendOut.intro')}</p>

      <h3>{t('sendOut.links')}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('sendOut.channel')}</th>
            <th scope="col">{t('sendOut.link')}</th>
            <th scope="col">
              <span className="sr-only">{t('sendOut.copy')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {CHANNELS.map((channel) => {
            const url = withSource(k.shortUrl, channel);
            const name = t(`sendOut.channel.${channel}` as SendOutKey);
            return (
              <tr key={channel} data-testid={`channel-${channel}`}>
                <th scope="row">{name}</th>
                <td>
                  <code>{url}</code>
                </td>
                <td>
                  <CopyButton text={url} label={`${t('sendOut.copy')}: ${name}`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {published && (
        <>
          <OpenInBrowserHint />
          <h3>{t('sendOut.qr')}</h3>
          <img
            className="send-out__qr"
            src={here(k.qrPngUrl)}
            width={160}
            height={160}
            alt={t('sendOut.qrAlt', { url: k.shortUrl })}
          />
          <p className="send-out__links">
            <a
              className="btn btn--small"
              href={here(k.qrPngUrl)}
              download={`qr-${k.shortCode}.png`}
            >
              {t('sendOut.qrPng')}
            </a>
            <a
              className="btn btn--small"
              href={here(k.qrSvgUrl)}
              download={`qr-${k.shortCode}.svg`}
            >
              {t('sendOut.qrSvg')}
            </a>
          </p>

          <h3>{t('sendOut.poster')}</h3>
          <p className="muted">{t('sendOut.posterHint')}</p>
          <p>
            <a className="btn btn--primary" href={here(k.posterDownloadUrl)} download>
              {t('sendOut.posterDownload')}
            </a>
          </p>
        </>
      )}

      <h3 id="send-out-announcement">{t('sendOut.announcement')}</h3>
      <p className="muted">{t('sendOut.announcementHint')}</p>
      <textarea
        className="input"
        readOnly
        rows={8}
        value={k.announcement}
        aria-labelledby="send-out-announcement"
      />
      <CopyButton
        text={k.announcement}
        label={`${t('sendOut.copy')}: ${t('sendOut.announcement')}`}
      />

      <h3 id="send-out-embed">{t('sendOut.embed')}</h3>
      <p className="muted">{t('sendOut.embedHint')}</p>
      <textarea
        className="input"
        readOnly
        rows={2}
        value={k.embedCode}
        aria-labelledby="send-out-embed"
      />
      <CopyButton text={k.embedCode} label={`${t('sendOut.copy')}: ${t('sendOut.embed')}`} />
    </section>
  );
}

/** Visits, signed-in people and participants per channel (`GET /api/contests/:id/sources`). */
export function SourcesPanel({ contestId }: { contestId: string }) {
  const t = useSendOutT();
  const sources = useResource(() => api<SourceCounts>(endpoints.sources(contestId)), [contestId]);
  return (
    <section className="panel" aria-labelledby="sources-title" data-testid="sources">
      <h2 id="sources-title">{t('sources.title')}</h2>
      {sources.loading && <Loading />}
      {sources.error !== null && (
        <ErrorBox onRetry={sources.reload}>{errorText(sources.error)}</ErrorBox>
      )}
      {sources.data && sources.data.items.length === 0 && (
        <p className="muted">{t('sources.none')}</p>
      )}
      {sources.data && sources.data.items.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('sources.source')}</th>
              <th scope="col" className="num">
                {t('sources.visits')}
              </th>
              <th scope="col" className="num">
                {t('sources.people')}
              </th>
              <th scope="col" className="num">
                {t('sources.participants')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.data.items.map((s) => (
              <tr key={s.source}>
                <th scope="row">{s.source}</th>
                <td className="num">{formatNumber(s.visits)}</td>
                <td className="num">{formatNumber(s.people)}</td>
                <td className="num">{formatNumber(s.participants)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** `/quan-tri/cuoc-thi/:id/gui-di` — the send-out panel and the channel counts. */
export function SendOutPage({ contestId }: { contestId: string }) {
  const ct = useCT();
  const contest = useResource(() => api<Contest>(endpoints.contest(contestId)), [contestId]);
  if (contest.loading) return <Loading />;
  if (!contest.data)
    return <ErrorBox onRetry={contest.reload}>{errorText(contest.error)}</ErrorBox>;
  const c = contest.data;
  return (
    <div>
      <p>
        <Link to="/quan-tri/cuoc-thi">‹ {ct('contests.title')}</Link>
      </p>
      <h1>{c.title}</h1>
      <SendOutPanel contestId={contestId} published={c.status !== 'draft'} />
      <SourcesPanel contestId={contestId} />
    </div>
  );
}
