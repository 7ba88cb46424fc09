// The people module: the bodies of a cooperation, the persons who sit in them, and their seats.
export { BODY_KINDS, BODY_KIND_KEYS, OFFICES, OFFICE_KEYS, POSITIONS, POSITION_KEYS, labelOf } from './people.catalog';
export type { BodyKind, Office, Position, Term } from './people.catalog';

export { createBody } from './commands/create-body';
export { createPerson } from './commands/create-person';
export { addSeat } from './commands/add-seat';
export { endSeat } from './commands/end-seat';
export type { CreateBodyInput, CreatePersonInput, AddSeatInput, EndSeatInput } from './people.schemas';
export { canManageBodies, canCreatePerson } from './people.policy';

export { bodiesOf, bodyBySlug } from './queries/bodies';
export { seatsOf } from './queries/seats-of';
export type { BodyView, SeatView } from './queries/views';

export { peopleApi } from './people.routes';
