import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Empty as _magnetar_v1_Empty, Empty__Output as _magnetar_v1_Empty__Output } from './magnetar/v1/Empty.js';
import type { Error as _magnetar_v1_Error, Error__Output as _magnetar_v1_Error__Output } from './magnetar/v1/Error.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  magnetar: {
    v1: {
      Empty: MessageTypeDefinition<_magnetar_v1_Empty, _magnetar_v1_Empty__Output>
      Error: MessageTypeDefinition<_magnetar_v1_Error, _magnetar_v1_Error__Output>
      ErrorCode: EnumTypeDefinition
    }
  }
}

