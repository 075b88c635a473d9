variable "cluster_names" {
  description = "EKS clusters of this account and region whose Kubernetes API Rolecall reads."
  type        = list(string)
}

variable "role_name" {
  description = "Name of the member role in this account (ROLECALL_MEMBER_ROLE_NAME)."
  type        = string
  default     = "RolecallAudit"
}

variable "kubernetes_group" {
  description = "Kubernetes group of the entries, bound to the rolecall-rbac-reader ClusterRole (deploy/README.md)."
  type        = string
  default     = "rolecall-rbac-readers"
}

variable "tags" {
  description = "Tags for the access entries."
  type        = map(string)
  default     = {}
}
