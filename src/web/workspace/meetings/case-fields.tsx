import { PROPOSAL_KINDS, type CaseView } from '../../../modules/cases';
import { termLabel } from '../../../modules/meetings';
import { meetings as messages } from '../../locales/meetings';
import type { PageContext } from '../../page-context';
import { Checkbox, SelectInput, TextArea, TextInput, type FormModel } from '../form-kit';

/**
 * The fields of a case paper (title, officer, archive number, proposal, background, assessment,
 * public or exempt), shared by "Ny sak" on the cases page, on a meeting page, and the case editor.
 * The proposal is one textarea: lines written "1. …" become numbered points.
 */
export function CaseFields({ p, f, full }: { p: PageContext; f: FormModel; full: boolean }) {
  const t = messages(p.locale);
  return (
    <>
      <TextInput f={f} name="title" label={t.titleField} required maxlength={300} />
      <TextInput f={f} name="case_officer" label={t.officerField} hint={t.officerHint} maxlength={200} />
      <TextInput f={f} name="archive_reference" label={t.archiveRefField} hint={t.archiveRefHint} maxlength={60} autocomplete="off" />
      <SelectInput f={f} name="proposal_kind" label={t.proposalKindField} choices={PROPOSAL_KINDS.map((k) => ({ value: k.key, label: termLabel(PROPOSAL_KINDS, k.key, p.locale) }))} />
      <TextArea f={f} name="proposal" label={t.proposalField} hint={t.proposalHint} rows={6} />
      {full ? (
        <>
          <TextArea f={f} name="background" label={t.backgroundField} hint={t.proseHint} rows={8} />
          <TextArea f={f} name="assessment" label={t.assessmentField} hint={t.proseHint} rows={6} />
        </>
      ) : null}
      <Checkbox f={f} name="is_public" label={t.casePublic} />
      <TextInput f={f} name="exempt_basis" label={t.exemptBasis} hint={t.exemptBasisHint} maxlength={200} />
    </>
  );
}

export function caseLabels(p: PageContext): Record<string, string> {
  const t = messages(p.locale);
  return {
    title: t.titleField,
    case_officer: t.officerField,
    archive_reference: t.archiveRefField,
    proposal_kind: t.proposalKindField,
    proposal: t.proposalField,
    background: t.backgroundField,
    assessment: t.assessmentField,
    is_public: t.casePublic,
    exempt_basis: t.exemptBasis,
  };
}

export const NEW_CASE_DEFAULTS = { is_public: 'on', proposal_kind: 'forslag_til_vedtak' };

/**
 * Posted case fields → the createCase/updateCase input. A proposal whose last block is all "1. …"
 * lines keeps those as points and the text before them as text, as the paper prints them.
 */
export function caseInput(v: Record<string, string>, full: boolean) {
  const blocks = (v.proposal ?? '').trim().split(/\r?\n\s*\r?\n/);
  const last = blocks[blocks.length - 1] ?? '';
  const lines = last.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const points = lines.length > 0 && lines.every((l) => /^\d+[.)]\s/.test(l));
  const text = (points ? blocks.slice(0, -1) : blocks).join('\n\n').trim();
  return {
    title: v.title ?? '',
    case_officer: v.case_officer ?? '',
    archive_reference: v.archive_reference ?? '',
    proposal_kind: (v.proposal_kind || undefined) as never,
    proposal_text: text,
    proposal_points: points ? lines : [],
    ...(full ? { background: v.background ?? '', assessment: v.assessment ?? '' } : {}),
    is_public: v.is_public === 'on',
    exempt_basis: v.exempt_basis ?? '',
  };
}

/** A stored case as form values (points back as "1. …" lines under the text). */
export function caseValues(found: CaseView): Record<string, string> {
  const points = found.proposal.points.map((pt, i) => `${i + 1}. ${pt}`).join('\n');
  return {
    title: found.title,
    case_officer: found.caseOfficer ?? '',
    archive_reference: found.archiveReference ?? '',
    proposal_kind: found.proposalKind,
    proposal: [found.proposal.text ?? '', points].filter(Boolean).join('\n\n'),
    background: found.background ?? '',
    assessment: found.assessment ?? '',
    is_public: found.isPublic ? 'on' : '',
    exempt_basis: found.exemptBasis ?? '',
  };
}

/** The command's proposal fields are one field on the form. */
export function toCaseFields<T extends Record<string, unknown>>(errors: T): T {
  const out: Record<string, unknown[]> = {};
  for (const [key, list] of Object.entries(errors) as Array<[string, unknown[]]>) {
    const field = key.startsWith('proposal_text') || key.startsWith('proposal_points') ? 'proposal' : key;
    out[field] = [...(out[field] ?? []), ...list];
  }
  return out as T;
}
