import { type FormEvent, useEffect, useState } from 'react';
import { ErrorBox, Field, Loading, Notice } from '../components/ui';
import { api, download } from '../lib/api';
import { Link } from '../lib/router';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useCT } from './messages';
import type { CertificateTemplate } from './report-types';
import { endpoints } from '../api/endpoints';

type ImageKind = 'logo' | 'signature';
type Draft = Omit<CertificateTemplate, 'contestId' | 'hasLogo' | 'hasSignature'>;

/** Sample values for the placeholders in the live preview (docs/certificates.md). */
const SAMPLE: Record<string, string> = {
  hoTen: 'Nguyễn Thị Ánh Tuyết',
  donVi: 'Công đoàn cơ sở Trường Tiểu học Hòa Thuận',
  tuanThi: 'Tuần 1',
  ketQua: 'đạt Giải Nhất',
  diem: '9,5',
  giai: 'Giải Nhất',
};

/**
 * The certificate template editor (organizers): title, text with placeholders, colours, the
 * signer, logo and signature images, participation certificates on or off; a live preview in the
 * A4 landscape proportions, and the server's own sample PDF.
 */
export function CertificateTemplatePage({ contestId }: { contestId: string }) {
  const ct = useCT();
  const base = endpoints.certificateTemplate(contestId);
  const template = useResource(() => api<CertificateTemplate>(base), [base]);
  const contest = useResource(
    () => api<{ title: string }>(endpoints.contest(contestId)),
    [contestId],
  );
  const [draft, setDraft] = useState<Draft | null>(null);
  const [images, setImages] = useState<Record<ImageKind, string | null>>({
    logo: null,
    signature: null,
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!template.data || draft) return;
    const { contestId: _c, hasLogo: _l, hasSignature: _s, ...rest } = template.data;
    setDraft(rest);
  }, [template.data, draft]);

  if (template.loading && !template.data) return <Loading />;
  if (template.error !== null && !template.data) {
    return <ErrorBox onRetry={template.reload}>{errorText(template.error)}</ErrorBox>;
  }
  if (!template.data || !draft) return <Loading />;
  const saved = template.data;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setNotice(null);
    setDraft({ ...draft, [key]: value });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      template.setData(await api<CertificateTemplate>(base, { method: 'PUT', body: draft }));
      setNotice(ct('cert.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const upload = async (kind: ImageKind, file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', file);
      template.setData(
        await api<CertificateTemplate>(endpoints.certificateTemplateImage(contestId, kind), {
          method: 'PUT',
          form,
        }),
      );
      const reader = new FileReader();
      reader.onload = () =>
        setImages((now) => ({
          ...now,
          [kind]: typeof reader.result === 'string' ? reader.result : null,
        }));
      reader.readAsDataURL(file);
      setNotice(ct(kind === 'logo' ? 'cert.logoSaved' : 'cert.signatureSaved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (kind: ImageKind) => {
    setBusy(true);
    setError(null);
    try {
      const next = await api<CertificateTemplate | undefined>(
        endpoints.certificateTemplateImage(contestId, kind),
        {
          method: 'DELETE',
        },
      );
      if (next) template.setData(next);
      else template.reload();
      setImages((now) => ({ ...now, [kind]: null }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) =>
      key === 'cuocThi' ? (contest.data?.title ?? whole) : (SAMPLE[key] ?? whole),
    );
  const has = { logo: saved.hasLogo, signature: saved.hasSignature };

  return (
    <div className="cert-editor">
      <p>
        <Link to="/quan-tri/cuoc-thi">‹ {ct('contests.title')}</Link>
      </p>
      <h1>{ct('cert.title')}</h1>
      {contest.data && <p className="lead">{contest.data.title}</p>}
      {notice && <Notice kind="success">{notice}</Notice>}
      {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
      <div className="cert-editor__layout">
        <form className="stack" onSubmit={(e) => void save(e)}>
          <Field label={ct('cert.heading')}>
            {(p) => (
              <input
                {...p}
                className="input"
                maxLength={80}
                value={draft.title}
                onChange={(e) => set('title', e.target.value)}
              />
            )}
          </Field>
          <Field label={ct('cert.text')} hint={ct('cert.textHint')}>
            {(p) => (
              <textarea
                {...p}
                className="input input--area"
                maxLength={600}
                rows={4}
                value={draft.text}
                onChange={(e) => set('text', e.target.value)}
              />
            )}
          </Field>
          <div className="row">
            <Field label={ct('cert.primary')}>
              {(p) => (
                <input
                  {...p}
                  type="color"
                  value={draft.primaryColor}
                  onChange={(e) => set('primaryColor', e.target.value)}
                />
              )}
            </Field>
            <Field label={ct('cert.accent')}>
              {(p) => (
                <input
                  {...p}
                  type="color"
                  value={draft.accentColor}
                  onChange={(e) => set('accentColor', e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field label={ct('cert.signerTitle')}>
            {(p) => (
              <input
                {...p}
                className="input"
                maxLength={80}
                value={draft.signerTitle}
                onChange={(e) => set('signerTitle', e.target.value)}
              />
            )}
          </Field>
          <Field label={ct('cert.signerName')}>
            {(p) => (
              <input
                {...p}
                className="input"
                maxLength={80}
                value={draft.signerName}
                onChange={(e) => set('signerName', e.target.value)}
              />
            )}
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.participationEnabled}
              onChange={(e) => set('participationEnabled', e.target.checked)}
            />
            {ct('cert.participation')}
          </label>
          {(['logo', 'signature'] as const).map((kind) => (
            <Field
              key={kind}
              label={ct(kind === 'logo' ? 'cert.logo' : 'cert.signature')}
              hint={has[kind] ? ct('cert.imageSet') : ct('cert.imageHint')}
            >
              {(p) => (
                <div className="row">
                  <input
                    {...p}
                    type="file"
                    accept="image/png,image/jpeg"
                    disabled={busy}
                    onChange={(e) => void upload(kind, e.target.files?.[0])}
                  />
                  {has[kind] && (
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={busy}
                      onClick={() => void remove(kind)}
                    >
                      {ct(kind === 'logo' ? 'cert.removeLogo' : 'cert.removeSignature')}
                    </button>
                  )}
                </div>
              )}
            </Field>
          ))}
          <div className="row">
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {ct('common.save')}
            </button>
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() =>
                void download(
                  endpoints.certificateTemplatePreview(contestId),
                  'giay-chung-nhan-mau.pdf',
                ).catch(setError)
              }
            >
              {ct('cert.previewPdf')}
            </button>
          </div>
        </form>
        <figure className="cert-preview-wrap">
          <figcaption className="muted">{ct('cert.preview')}</figcaption>
          <div
            className="cert-preview"
            data-testid="certificate-preview"
            style={{ borderColor: draft.primaryColor, outlineColor: draft.accentColor }}
          >
            <div className="cert-preview__logo">
              {images.logo ? (
                <img src={images.logo} alt={ct('cert.logo')} />
              ) : (
                has.logo && <span className="muted">{ct('cert.logo')} ✓</span>
              )}
            </div>
            <p className="cert-preview__title" style={{ color: draft.primaryColor }}>
              {draft.title}
            </p>
            <p className="cert-preview__name" style={{ color: draft.accentColor }}>
              {SAMPLE.hoTen}
            </p>
            <p className="cert-preview__unit">{SAMPLE.donVi}</p>
            <p className="cert-preview__text">{fill(draft.text)}</p>
            <div className="cert-preview__signer">
              <p className="strong">{draft.signerTitle}</p>
              {images.signature ? (
                <img src={images.signature} alt={ct('cert.signature')} />
              ) : (
                has.signature && <span className="muted">{ct('cert.signature')} ✓</span>
              )}
              <p className="strong">{draft.signerName}</p>
            </div>
          </div>
        </figure>
      </div>
    </div>
  );
}
