import type { PropertyValues, PropertyDeclarations } from 'lit';
import { MentorElement } from './mentor-element.ts';

/**
 * The base of an element that is a control in a page's `<form>` (as `<mentor-availability-toggle>` is):
 * form association through ElementInternals. It submits `formValue()` under its `name`, answers the
 * constraint validation API (`validity`, `checkValidity()`, `reportValidity()`: a `FormController` given
 * `this.internals` keeps the validity), follows a disabled `<fieldset>` or form (`formDisabled`), and puts
 * itself back on a form reset or a history restore (`formResetCallback`). Focus goes to the control inside.
 */
export class MentorFormControl extends MentorElement {
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    formDisabled: { state: true, attribute: false },
  };

  static readonly formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...MentorElement.shadowRootOptions, delegatesFocus: true };

  /** The name the value is submitted under in a page's form. */
  name: string | null = null;

  /** True while a disabled `<fieldset>` or form around the element disables it. */
  protected formDisabled = false;

  protected readonly internals = this.attachInternals();

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** What the page's form submits under `name`; null submits nothing. */
  protected formValue(): string | null {
    return null;
  }

  /** A form reset: put back what the element holds when nothing is typed. */
  formResetCallback(): void {}

  /**
   * After a history navigation the browser offers the value the page had. The controls here save each
   * change as it is made, so what is saved wins over what the page had: the same as a reset.
   */
  formStateRestoreCallback(): void {
    this.formResetCallback();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.internals.setFormValue(this.formValue());
  }
}
