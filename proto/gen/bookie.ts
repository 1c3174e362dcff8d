import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddEntryRequest as _magnetar_v1_AddEntryRequest, AddEntryRequest__Output as _magnetar_v1_AddEntryRequest__Output } from './magnetar/v1/AddEntryRequest.js';
import type { AddEntryResponse as _magnetar_v1_AddEntryResponse, AddEntryResponse__Output as _magnetar_v1_AddEntryResponse__Output } from './magnetar/v1/AddEntryResponse.js';
import type { BookieClient as _magnetar_v1_BookieClient, BookieDefinition as _magnetar_v1_BookieDefinition } from './magnetar/v1/Bookie.js';
import type { DeleteLedgerRequest as _magnetar_v1_DeleteLedgerRequest, DeleteLedgerRequest__Output as _magnetar_v1_DeleteLedgerRequest__Output } from './magnetar/v1/DeleteLedgerRequest.js';
import type { DeleteLedgerResponse as _magnetar_v1_DeleteLedgerResponse, DeleteLedgerResponse__Output as _magnetar_v1_DeleteLedgerResponse__Output } from './magnetar/v1/DeleteLedgerResponse.js';
import type { Empty as _magnetar_v1_Empty, Empty__Output as _magnetar_v1_Empty__Output } from './magnetar/v1/Empty.js';
import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from './magnetar/v1/Error.js';
import type { GetBookieInfoRequest as _magnetar_v1_GetBookieInfoRequest, GetBookieInfoRequest__Output as _magnetar_v1_GetBookieInfoRequest__Output } from './magnetar/v1/GetBookieInfoRequest.js';
import type { GetBookieInfoResponse as _magnetar_v1_GetBookieInfoResponse, GetBookieInfoResponse__Output as _magnetar_v1_GetBookieInfoResponse__Output } from './magnetar/v1/GetBookieInfoResponse.js';
import type { LedgerEntry as _magnetar_v1_LedgerEntry, LedgerEntry__Output as _magnetar_v1_LedgerEntry__Output } from './magnetar/v1/LedgerEntry.js';
import type { ListLedgersRequest as _magnetar_v1_ListLedgersRequest, ListLedgersRequest__Output as _magnetar_v1_ListLedgersRequest__Output } from './magnetar/v1/ListLedgersRequest.js';
import type { ListLedgersResponse as _magnetar_v1_ListLedgersResponse, ListLedgersResponse__Output as _magnetar_v1_ListLedgersResponse__Output } from './magnetar/v1/ListLedgersResponse.js';
import type { ReadEntriesRequest as _magnetar_v1_ReadEntriesRequest, ReadEntriesRequest__Output as _magnetar_v1_ReadEntriesRequest__Output } from './magnetar/v1/ReadEntriesRequest.js';
import type { ReadEntriesResponse as _magnetar_v1_ReadEntriesResponse, ReadEntriesResponse__Output as _magnetar_v1_ReadEntriesResponse__Output } from './magnetar/v1/ReadEntriesResponse.js';
import type { ReadEntryRequest as _magnetar_v1_ReadEntryRequest, ReadEntryRequest__Output as _magnetar_v1_ReadEntryRequest__Output } from './magnetar/v1/ReadEntryRequest.js';
import type { ReadEntryResponse as _magnetar_v1_ReadEntryResponse, ReadEntryResponse__Output as _magnetar_v1_ReadEntryResponse__Output } from './magnetar/v1/ReadEntryResponse.js';
import type { ReadLacRequest as _magnetar_v1_ReadLacRequest, ReadLacRequest__Output as _magnetar_v1_ReadLacRequest__Output } from './magnetar/v1/ReadLacRequest.js';
import type { ReadLacResponse as _magnetar_v1_ReadLacResponse, ReadLacResponse__Output as _magnetar_v1_ReadLacResponse__Output } from './magnetar/v1/ReadLacResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  magnetar: {
    v1: {
      AddEntryRequest: MessageTypeDefinition<_magnetar_v1_AddEntryRequest, _magnetar_v1_AddEntryRequest__Output>
      AddEntryResponse: MessageTypeDefinition<_magnetar_v1_AddEntryResponse, _magnetar_v1_AddEntryResponse__Output>
      /**
       * The storage node's service.
       */
      Bookie: SubtypeConstructor<typeof grpc.Client, _magnetar_v1_BookieClient> & { service: _magnetar_v1_BookieDefinition }
      DeleteLedgerRequest: MessageTypeDefinition<_magnetar_v1_DeleteLedgerRequest, _magnetar_v1_DeleteLedgerRequest__Output>
      DeleteLedgerResponse: MessageTypeDefinition<_magnetar_v1_DeleteLedgerResponse, _magnetar_v1_DeleteLedgerResponse__Output>
      Empty: MessageTypeDefinition<_magnetar_v1_Empty, _magnetar_v1_Empty__Output>
      Error: MessageTypeDefinition<_magnetar_v1_Error, _magnetar_v1_Error__Output>
      ErrorCode: EnumTypeDefinition
      GetBookieInfoRequest: MessageTypeDefinition<_magnetar_v1_GetBookieInfoRequest, _magnetar_v1_GetBookieInfoRequest__Output>
      GetBookieInfoResponse: MessageTypeDefinition<_magnetar_v1_GetBookieInfoResponse, _magnetar_v1_GetBookieInfoResponse__Output>
      LedgerEntry: MessageTypeDefinition<_magnetar_v1_LedgerEntry, _magnetar_v1_LedgerEntry__Output>
      ListLedgersRequest: MessageTypeDefinition<_magnetar_v1_ListLedgersRequest, _magnetar_v1_ListLedgersRequest__Output>
      ListLedgersResponse: MessageTypeDefinition<_magnetar_v1_ListLedgersResponse, _magnetar_v1_ListLedgersResponse__Output>
      ReadEntriesRequest: MessageTypeDefinition<_magnetar_v1_ReadEntriesRequest, _magnetar_v1_ReadEntriesRequest__Output>
      ReadEntriesResponse: MessageTypeDefinition<_magnetar_v1_ReadEntriesResponse, _magnetar_v1_ReadEntriesResponse__Output>
      ReadEntryRequest: MessageTypeDefinition<_magnetar_v1_ReadEntryRequest, _magnetar_v1_ReadEntryRequest__Output>
      ReadEntryResponse: MessageTypeDefinition<_magnetar_v1_ReadEntryResponse, _magnetar_v1_ReadEntryResponse__Output>
      ReadLacRequest: MessageTypeDefinition<_magnetar_v1_ReadLacRequest, _magnetar_v1_ReadLacRequest__Output>
      ReadLacResponse: MessageTypeDefinition<_magnetar_v1_ReadLacResponse, _magnetar_v1_ReadLacResponse__Output>
    }
  }
}

