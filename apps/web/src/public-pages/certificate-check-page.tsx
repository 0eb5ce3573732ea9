import { ErrorBox, Loading } from '../components/ui';
import { api, ApiError } from '../lib/api';
import { formatDate, formatNumber } from '../lib/format';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { OpenInBrowserHint } from '../sharing/open-in-browser';
import { prizeKey, usePublicT } from './messages';
import type { CertificateVerification as Verification } from '../api/types';
import { endpoints } from '../api/endpoints';

/** `/chung-nhan/:code` — what the QR code on a certificate opens: valid or revoked, for whom. */
export function CertificateCheckPage({ code }: { code: string }) {
  const t = usePublicT();
  const { data, error, loading, reload } = useResource(
    () => api<Verification>(endpoints.certificate(code)),
    [code],
  );
  if (loading) return <Loading />;
  if (error || !data) {
    const missing = error instanceof ApiError && error.status === 404;
    return (
      <div className="page">
        <h1>{t('cert.title')}</h1>
        {missing ? (
          <p role="alert">{t('cert.notFound')}</p>
        ) : (
          <ErrorBox onRetry={reload}>{errorText(error)}</ErrorBox>
        )}
      </div>
    );
  }
  const prize = prizeKey(data.prize);
  return (
    <div className="page certificate-check">
      <h1>{t('cert.title')}</h1>
      <p
        role="status"
        className={`certificate-check__status certificate-check__status--${data.valid ? 'valid' : 'revoked'}`}
      >
        {data.valid ? t('cert.valid') : t('cert.revoked')}
      </p>
      <dl className="certificate-check__facts">
        <dt>{t('cert.code')}</dt>
        <dd>{data.code}</dd>
        <dt>{t('cert.for')}</dt>
        <dd>{data.fullName}</dd>
        {data.unitName && (
          <>
            <dt>{t('cert.unit')}</dt>
            <dd>{data.unitName}</dd>
          </>
        )}
        <dt>{t('cert.contest')}</dt>
        <dd>{data.contestTitle}</dd>
        <dt>{t('cert.round')}</dt>
        <dd>{data.roundTitle}</dd>
        <dt>{t('cert.result')}</dt>
        <dd>{prize ? t(prize) : t('cert.participation', { score: formatNumber(data.score) })}</dd>
        <dt>{t('cert.issued')}</dt>
        <dd>{formatDate(data.issuedAt)}</dd>
      </dl>
      {data.pdfUrl && <OpenInBrowserHint />}
      {data.pdfUrl && (
        <a className="btn btn--primary btn--block" href={data.pdfUrl} download>
          {t('cert.download')}
        </a>
      )}
    </div>
  );
}
