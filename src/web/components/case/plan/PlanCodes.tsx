import { useController } from 'react-hook-form';
import { CodePicker } from '../../codes/CodePicker.js';
import { usePlanForm } from './planForm.js';

/** Where in the plan codes are kept: on the needs, on each goal, on each effort. */
type CodesPath = 'content.needsCodes' | `content.goals.${number}.codes` | `content.efforts.${number}.codes`;

/** The codes of one part of the plan, held by the plan's form. */
export function PlanCodes({ name, context }: { name: CodesPath; context: string }) {
  const { control } = usePlanForm();
  const { field } = useController({ control, name });
  return <CodePicker value={field.value ?? []} onChange={field.onChange} context={context} />;
}
