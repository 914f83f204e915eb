/** Which of the owner's accommodations something applies to (a promotion, a promo code, a supplement). */
export function AccommodationChecks(props: {
  readonly legend: string;
  readonly accommodations: readonly { readonly id: string; readonly name: string; readonly reference: string }[];
  readonly value: readonly string[];
  readonly onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.accommodations.map((a) => (
        <label key={a.id} className="check">
          <input type="checkbox" checked={props.value.includes(a.id)} onChange={(event) => props.onChange(event.target.checked ? [...props.value, a.id] : props.value.filter((id) => id !== a.id))} />
          {a.name} ({a.reference})
        </label>
      ))}
    </fieldset>
  );
}
