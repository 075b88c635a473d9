# Rolecall organization-discovery role: apply in the management (or delegated administrator) account.
# The action list between the rolecall:actions markers is checked against the collectors' code
# (libs/aws/src/permissions.spec.ts): it is exactly what Rolecall calls, nothing more.

locals {
  rolecall_actions = [
    # rolecall:actions:begin
    "organizations:DescribeOrganization",
    "organizations:ListAccounts",
    # rolecall:actions:end
  ]
}

data "aws_iam_policy_document" "trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [var.scanner_principal_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = [var.external_id]
    }
  }
}

data "aws_iam_policy_document" "read" {
  statement {
    sid       = "RolecallReadOnly"
    effect    = "Allow"
    actions   = local.rolecall_actions
    resources = ["*"]
  }
}

resource "aws_iam_role" "rolecall" {
  name                 = var.role_name
  description          = "Assumed by Rolecall to list the accounts of the organization (read-only)."
  max_session_duration = 3600
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  tags                 = var.tags
}

resource "aws_iam_role_policy" "read" {
  name   = "rolecall-org-discovery"
  role   = aws_iam_role.rolecall.id
  policy = data.aws_iam_policy_document.read.json
}
