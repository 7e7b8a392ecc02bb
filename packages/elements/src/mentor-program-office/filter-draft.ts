// A view's filter bar: the filters being edited (the draft) and the list they apply to. Typing changes the
// draft only, so no read goes out per key; Apply reads the first page with the draft's filters, Clear
// empties the draft and does the same. One place for what every list view of the office did by hand.
import type { ReactiveControllerHost } from 'lit';
import type { StaffAdapter } from '@mentor-match/core';

/** What a filter bar applies its filters to (a PagedList). */
interface FilteredList<F> {
  load(staff: StaffAdapter, filter: F): Promise<void>;
}

export class FilterDraft<D extends object, F> {
  readonly #host: ReactiveControllerHost;
  readonly #empty: () => D;
  readonly #filterOf: (draft: D) => F;
  readonly #list: FilteredList<F>;
  readonly #staff: () => StaffAdapter | undefined;
  #value: D;

  constructor(
    host: ReactiveControllerHost,
    options: {
      empty: () => D;
      filterOf: (draft: D) => F;
      list: FilteredList<F>;
      /** The staff adapter once there (before it, the view's staffReady loads the list). */
      staff: () => StaffAdapter | undefined;
    },
  ) {
    this.#host = host;
    this.#empty = options.empty;
    this.#filterOf = options.filterOf;
    this.#list = options.list;
    this.#staff = options.staff;
    this.#value = options.empty();
  }

  /** The filters being edited. */
  get value(): D {
    return this.#value;
  }

  set(change: Partial<D>): void {
    this.#value = { ...this.#value, ...change };
    this.#host.requestUpdate();
  }

  /** The form's submit listener (an arrow function: Lit calls listeners with the host element as `this`). */
  readonly apply = (event: Event): void => {
    event.preventDefault();
    this.#load();
  };

  readonly clear = (): void => {
    this.#value = this.#empty();
    this.#host.requestUpdate();
    this.#load();
  };

  #load(): void {
    const staff = this.#staff();
    if (staff) void this.#list.load(staff, this.#filterOf(this.#value));
  }
}
