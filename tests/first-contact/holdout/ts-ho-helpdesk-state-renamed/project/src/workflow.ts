/** The life cycle of a support ticket. */
export type TicketState = "open" | "waiting" | "escalated" | "solved" | "closed";

export interface Ticket {
  id: number;
  subject: string;
  state: TicketState;
  /** Every state the ticket was in, oldest first, the current one last. */
  history: TicketState[];
}

/** Which states an agent may move a ticket to from `state`. */
const TRANSITIONS: Record<TicketState, readonly TicketState[]> = {
  open: ["waiting", "escalated", "solved"],
  waiting: ["open", "solved", "closed"],
  escalated: ["open", "solved"],
  solved: ["open", "closed"],
  closed: [],
};

export function allowedNext(state: TicketState): readonly TicketState[] {
  return TRANSITIONS[state];
}

/** Returns a copy of `ticket` in state `to`; throws when the move is not allowed. */
export function move(ticket: Ticket, to: TicketState): Ticket {
  if (!TRANSITIONS[ticket.state].includes(to)) {
    throw new Error(`ticket #${ticket.id}: cannot go from ${ticket.state} to ${to}`);
  }
  return { ...ticket, state: to, history: [...ticket.history, to] };
}

/** Hands a ticket to second line; only open tickets can be escalated. */
export function escalate(ticket: Ticket): Ticket {
  return move(ticket, "escalated");
}

/** Counts tickets per state, every state present (zero when none). */
export function countByState(tickets: readonly Ticket[]): Record<TicketState, number> {
  const counts = Object.fromEntries(Object.keys(TRANSITIONS).map((s) => [s, 0])) as Record<TicketState, number>;
  for (const t of tickets) counts[t.state] += 1;
  return counts;
}
