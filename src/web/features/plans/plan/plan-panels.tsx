import { Stack } from '@mantine/core';
import { PlanDocumentButtons } from '../documents/plan-document-buttons';
import { PlanReviewPanel } from '../review/plan-review-panel';

/**
 * The plan page's mount points for the other plan features: review (status steps, trail, comments,
 * diff) and the plan documents (PDF, XLSX). One place to add a panel.
 */
export function PlanPanels({ planId }: { planId: number }) {
  return (
    <Stack gap="xl">
      {/* Plan documents: PDF and XLSX downloads. */}
      <PlanDocumentButtons planId={planId} />
      {/* Review workflow: steps the caller may take, trail, comments, diff. */}
      <PlanReviewPanel planId={planId} />
    </Stack>
  );
}
