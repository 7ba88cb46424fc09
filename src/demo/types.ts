import type { AddMembershipInput, CreateCooperationInput } from '../modules/cooperations';
import type { AddSeatInput, CreateBodyInput } from '../modules/people';

/** One cooperation of the demo, as the commands take it (ids are filled in while seeding). */
export interface DemoCooperation {
  cooperation: CreateCooperationInput;
  memberships: Omit<AddMembershipInput, 'cooperation_id'>[];
  bodies: { body: Omit<CreateBodyInput, 'cooperation_id'>; seats: Omit<AddSeatInput, 'body_id'>[] }[];
}
