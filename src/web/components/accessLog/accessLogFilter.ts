import {
  accessLogFilterKeys as filterKeys,
  type AccessLogFilterKey,
} from '../../../shared/api/accessLogFields.js';

/** The filters the page keeps in its address, so a reload, a link and the CSV download all carry them. */
export type AccessLogFilter = Partial<Record<AccessLogFilterKey, string>>;

export function filterFromParams(params: URLSearchParams): AccessLogFilter {
  const filter: AccessLogFilter = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

/** The filter as query parameters; empty fields are left out, as the API refuses unknown or empty ones. */
export function filterParams(filter: AccessLogFilter, page?: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filter[key]?.trim();
    if (value) params.set(key, value);
  }
  if (page && page > 1) params.set('page', String(page));
  return params;
}
