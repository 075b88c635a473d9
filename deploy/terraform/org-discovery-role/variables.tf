variable "scanner_principal_arn" {
  description = "ARN of the IAM role Rolecall runs as (the only principal allowed to assume this role)."
  type        = string
  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$", var.scanner_principal_arn))
    error_message = "scanner_principal_arn must be an IAM role ARN."
  }
}

variable "external_id" {
  description = "The value of ROLECALL_EXTERNAL_ID; AssumeRole without it is refused."
  type        = string
  sensitive   = true
}

variable "role_name" {
  description = "Name of the role (its ARN is ROLECALL_ORG_ROLE_ARN)."
  type        = string
  default     = "RolecallOrgDiscovery"
}

variable "tags" {
  description = "Tags for the role."
  type        = map(string)
  default     = {}
}
