// Every service of the Leither API, and which of them this node implements so far. Services
// without handlers are still served (every call answers UNIMPLEMENTED) so that reflection and
// clients see the whole contract.
import type { DescService } from "@bufbuild/protobuf";
import { AppService } from "@leither/api/leither/v1/app_service_pb";
import { ContractService } from "@leither/api/leither/v1/contract_service_pb";
import { DbService } from "@leither/api/leither/v1/db_service_pb";
import { DnsService } from "@leither/api/leither/v1/dns_service_pb";
import { FileService } from "@leither/api/leither/v1/file_service_pb";
import { IdentityService } from "@leither/api/leither/v1/identity_service_pb";
import { LedgerService } from "@leither/api/leither/v1/ledger_service_pb";
import { MessageService } from "@leither/api/leither/v1/message_service_pb";
import { MiMeiService } from "@leither/api/leither/v1/mimei_service_pb";
import { NetService } from "@leither/api/leither/v1/net_service_pb";
import { NodeService } from "@leither/api/leither/v1/node_service_pb";
import { OrgService } from "@leither/api/leither/v1/org_service_pb";

export const IMPLEMENTED_SERVICES = [IdentityService, MiMeiService, NodeService, FileService, DbService, AppService] as const;

export const PLANNED_SERVICES: readonly DescService[] = [
  NetService,
  DnsService,
  MessageService,
  OrgService,
  LedgerService,
  ContractService,
];

export const API_SERVICES: readonly DescService[] = [...IMPLEMENTED_SERVICES, ...PLANNED_SERVICES];
