import { useQuery } from '@tanstack/react-query';
import { planTemplateRoutes } from '../../../shared/api/planTemplateRoutes.js';
import type { TemplateView } from '../../../shared/api/planTemplates.js';
import { api } from '../../api/client.js';

export const templatesKey = ['plan-templates'] as const;

/** Every plan template as it reads now; the county changes them seldom. */
export function useTemplates() {
  return useQuery({
    queryKey: templatesKey,
    queryFn: () => api.call(planTemplateRoutes.list),
    staleTime: 5 * 60_000,
  });
}

/** The template a case uses now, whole, or null when the case has none (or the templates are still loading). */
export function useTemplate(id: string | null | undefined): TemplateView | null {
  const templates = useTemplates();
  return templates.data?.templates.find((template) => template.id === id) ?? null;
}
