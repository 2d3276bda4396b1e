# Deliberately misconfigured infrastructure for the demo data (checkov reads it).

resource "aws_s3_bucket" "receipts" {
  bucket = "acme-payment-receipts"
  acl    = "public-read"
}

resource "aws_security_group" "api" {
  name = "payments-api"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "payments" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  publicly_accessible = true
  storage_encrypted   = false
  username            = "payments"
  password            = var.db_password
}

variable "db_password" {
  type = string
}
