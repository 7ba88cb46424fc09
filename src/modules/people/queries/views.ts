import type { LocalizedText } from '../../../platform/i18n';

export interface BodyView {
  id: number;
  cooperationId: number;
  slug: string;
  name: LocalizedText;
  kind: string;
  /** Who sits in it, in words (the 15 mayors and 2 county mayors …). */
  composition: LocalizedText;
  sortOrder: number;
  /** Seats it has had over all time. */
  seatCount?: number;
}

export interface SeatView {
  id: number;
  /** null: a role without a named holder (the demo never names a real person). */
  personName: string | null;
  onBehalfOf: { code: string; name: string } | null;
  office: string;
  position: string;
  isDeputy: boolean;
  startOn: string | null;
  endOn: string | null;
  /** A remark on the seat; {} when there is none. */
  note: LocalizedText;
}
