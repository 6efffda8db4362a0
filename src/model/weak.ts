/**
 * The 75 % rule, in its one home. A commune report lists first the fields to fix:
 * "lĩnh vực đạt dưới 75 % tổng số điểm của lĩnh vực đó" (a field under 75 % of its
 * maximum). Findings, charts and pages take the threshold and its wording from here.
 */

/** The share of a field's maximum under which the field is weak. */
export const WEAK_SHARE = 0.75;

/** Whether a share of the maximum (0-1) is under the threshold. */
export const isWeak = (share: number) => share < WEAK_SHARE;

/** The threshold as the documents write a percentage: "75%". */
export const WEAK_LABEL = `${Math.round(WEAK_SHARE * 100)}%`;

/** What a chart needs to draw the rule: the threshold and its label. */
export interface WeakRule {
  share: number;
  label: string;
}

export const WEAK_RULE: WeakRule = { share: WEAK_SHARE, label: WEAK_LABEL };
