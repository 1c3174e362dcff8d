// Original file: proto/raft.proto

import type { RaftMember as _magnetar_v1_RaftMember, RaftMember__Output as _magnetar_v1_RaftMember__Output } from '../../magnetar/v1/RaftMember.js';

/**
 * A cluster membership: the data of a CONFIG log entry and part of every snapshot.
 * 
 * Membership changes are single-member changes (Raft dissertation section 4.1): each CONFIG entry
 * differs from the previous configuration by adding, removing, or promoting exactly one member.
 * A member uses the latest configuration present in its log as soon as the entry is appended,
 * committed or not. A leader proposes a new CONFIG entry only after the previous one committed.
 * A leader that removed itself steps down once that entry commits.
 */
export interface RaftConfiguration {
  /**
   * All members, voters and learners. Ids are unique; order carries no meaning. At least one
   * voter.
   */
  'members'?: (_magnetar_v1_RaftMember)[];
}

/**
 * A cluster membership: the data of a CONFIG log entry and part of every snapshot.
 * 
 * Membership changes are single-member changes (Raft dissertation section 4.1): each CONFIG entry
 * differs from the previous configuration by adding, removing, or promoting exactly one member.
 * A member uses the latest configuration present in its log as soon as the entry is appended,
 * committed or not. A leader proposes a new CONFIG entry only after the previous one committed.
 * A leader that removed itself steps down once that entry commits.
 */
export interface RaftConfiguration__Output {
  /**
   * All members, voters and learners. Ids are unique; order carries no meaning. At least one
   * voter.
   */
  'members': (_magnetar_v1_RaftMember__Output)[];
}
